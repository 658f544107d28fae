import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { ActorService } from './actor.service';
import { TokenService } from './token.service';

/** Request authentication and the global access guard. */
@Global()
@Module({
  providers: [TokenService, ActorService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService, ActorService],
})
export class AuthCoreModule {}
