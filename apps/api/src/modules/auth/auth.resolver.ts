import { Args, Context, Field, GraphQLISODateTime, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '@api/core/auth/access.decorator';
import { clearSessionCookies, readCookie, REFRESH_COOKIE, setSessionCookies } from '@api/core/auth/session-cookies';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import { User } from '@api/modules/users/user.entity';
import { UsersService } from '@api/modules/users/users.service';
import { AuthService, type IssuedSession } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header, valid 15 minutes.' })
  accessToken: string;

  @Field(() => String, { description: 'Single-use token for refreshSession (rotated on every use).' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}

@InputType()
export class SignUpInput {
  @Field(() => String) email: string;
  @Field(() => String) password: string;
  @Field(() => String) fullName: string;
  @Field(() => String, { nullable: true, description: 'vi (default) or en' }) locale?: string | null;
}

@InputType()
export class SignInInput {
  @Field(() => String) email: string;
  @Field(() => String) password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String) token: string;
  @Field(() => String) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) currentPassword: string;
  @Field(() => String) newPassword: string;
}

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  @Access('public')
  async signUp(@Args('input') input: SignUpInput, @Context() http: HttpContext): Promise<AuthPayload> {
    return this.payload(await this.auth.signUp(input), http);
  }

  @Mutation(() => AuthPayload, { description: 'Throttled per account and per address (RATE_LIMITED with the wait).' })
  @Access('public')
  async signIn(@Args('input') input: SignInInput, @Context() http: HttpContext): Promise<AuthPayload> {
    return this.payload(await this.auth.signIn(input.email, input.password), http);
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token (from the argument or the httpOnly cookie).' })
  @Access('public')
  async refreshSession(
    @Context() http: HttpContext,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<AuthPayload> {
    try {
      return this.payload(await this.auth.refresh(refreshToken ?? readCookie(http.req, REFRESH_COOKIE)), http);
    } catch (error) {
      clearSessionCookies(http.res);
      throw error;
    }
  }

  @Mutation(() => Boolean)
  @Access('public')
  async signOut(@Context() http: HttpContext): Promise<boolean> {
    clearSessionCookies(http.res);
    return this.auth.signOut();
  }

  @Mutation(() => Boolean, { description: 'Always true (does not reveal whether the address has an account).' })
  @Access('public')
  requestPasswordReset(@Args('email', { type: () => String }) email: string): Promise<boolean> {
    return this.auth.requestPasswordReset(email);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from an e-mailed link (once, within an hour); ends every session.' })
  @Access('public')
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.auth.resetPassword(input.token, input.password);
  }

  @Mutation(() => Boolean, { description: 'Ends every other session of the account.' })
  @Access('user')
  changePassword(@Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(input.currentPassword, input.newPassword);
  }

  private async payload(session: IssuedSession, http: HttpContext): Promise<AuthPayload> {
    setSessionCookies(http.res, session, this.config.publicUrl.startsWith('https:'));
    const user = await this.users.byId(session.userId);
    if (!user) throw new Error('the signed-in user is not visible');
    return { accessToken: session.accessToken, refreshToken: session.refreshToken, accessTokenExpiresAt: session.accessTokenExpiresAt, user };
  }
}
