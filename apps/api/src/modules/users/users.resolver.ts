import { Args, Field, InputType, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '@api/core/auth/access.decorator';
import { ActorService } from '@api/core/auth/actor.service';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

@InputType()
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'vi or en' })
  locale?: string | null;
}

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly actors: ActorService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  @Access('public')
  async me(): Promise<User | null> {
    const actor = await this.actors.current();
    return actor ? this.users.byId(actor.userId) : null;
  }

  @Mutation(() => User)
  @Access('user')
  updateMe(@Args('input') input: UpdateMeInput): Promise<User> {
    return this.users.updateMe(input);
  }

  @Mutation(() => Boolean, { description: 'Platform administrators: make another account a platform administrator.' })
  @Access('platformAdmin')
  grantPlatformAdmin(@Args('email', { type: () => String }) email: string): Promise<boolean> {
    return this.users.grantPlatformAdmin(email);
  }

  @ResolveField(() => [Membership], { description: "The user's organisations, oldest first (the first is the default active one)." })
  memberships(@Parent() user: User): Promise<Membership[]> {
    return this.users.membershipsOf(user.id);
  }
}
