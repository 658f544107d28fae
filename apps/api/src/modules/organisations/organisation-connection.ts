import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@api/core/graphql/pagination';
import { Organisation } from './organisation.entity';

@ObjectType()
export class OrganisationConnection extends Connection(Organisation, 'Organisation') {}
