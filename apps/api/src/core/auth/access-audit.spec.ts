import { Controller, Get } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { AccessAudit } from './access-audit';
import { Access } from './access.decorator';

@Resolver()
class ProbeResolver {
  @Query(() => Boolean)
  @Access('public')
  declared(): boolean {
    return true;
  }

  @Mutation(() => Boolean)
  forgotten(): boolean {
    return true;
  }

  @ResolveField(() => Boolean)
  field(): boolean {
    return true;
  }
}

@Controller('probe')
class ProbeController {
  @Get('open')
  @Access('public')
  open(): string {
    return 'ok';
  }

  @Get('forgotten')
  forgottenRoute(): string {
    return 'oops';
  }
}

describe('AccessAudit', () => {
  it('names every operation and route without an @Access declaration, and nothing else', async () => {
    const module = await Test.createTestingModule({ imports: [DiscoveryModule], providers: [AccessAudit, ProbeResolver], controllers: [ProbeController] }).compile();
    const audit = module.get(AccessAudit);
    expect(audit.undeclaredHandlers().sort()).toEqual(['ProbeController.forgottenRoute', 'ProbeResolver.forgotten']);
    expect(() => audit.onModuleInit()).toThrow(/ProbeResolver\.forgotten/);
  });
});
