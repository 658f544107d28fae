import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessAudit } from './access-audit';
import { AccessGuard } from './access.guard';
import { ActorService } from './actor.service';
import { TokenService } from './token.service';

/** Request authentication and the global access guard. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [TokenService, ActorService, AccessAudit, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService, ActorService],
})
export class AuthCoreModule {}
