import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@api/core/graphql/app-error';
import { ACCESS_KEY, type AccessLevel } from './access.decorator';
import { ActorService } from './actor.service';

/**
 * Runs before every resolver and controller and enforces the operation's declared access level.
 * Operations without a declaration are refused: authorisation is never implicit. (Public
 * operations resolve the caller lazily, when they first touch the database.)
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!level) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no @Access level`);
    if (level === 'public') return true;
    const actor = await this.actors.require();
    if (level === 'platformAdmin' && !actor.isPlatformAdmin) throw new AppError('FORBIDDEN', 'NOT_PLATFORM_ADMIN');
    return true;
  }
}
