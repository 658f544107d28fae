import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_KEY } from './access.decorator';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVE_FIELD = 'graphql:resolve_property';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Start-up check: every GraphQL operation and HTTP route declares its access level. A missing
 * declaration stops the application (and so the schema generation and every test run) instead of
 * waiting for the first request to be refused.
 */
@Injectable()
export class AccessAudit implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const undeclared = this.undeclaredHandlers();
    if (undeclared.length) throw new Error(`Operations without an @Access declaration: ${undeclared.join(', ')}`);
  }

  /** `Class.method` of every operation or route handler that has no access level. */
  undeclaredHandlers(): string[] {
    const missing: string[] = [];
    const controllers = new Set(this.discovery.getControllers());
    for (const wrapper of [...this.discovery.getProviders(), ...controllers]) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      const type = (instance as object).constructor;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const resolverType: unknown = this.reflector.get(RESOLVER_TYPE, handler);
        const isOperation = typeof resolverType === 'string' && ROOT_TYPES.has(resolverType) && !this.reflector.get(RESOLVE_FIELD, handler);
        const isRoute = controllers.has(wrapper) && this.reflector.get(PATH_METADATA, handler) !== undefined;
        if ((isOperation || isRoute) && !this.reflector.getAllAndOverride(ACCESS_KEY, [handler, type])) missing.push(`${type.name}.${name}`);
      }
    }
    return missing;
  }
}
