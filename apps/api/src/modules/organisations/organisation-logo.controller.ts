import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '@api/core/auth/access.decorator';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { OrganisationsService } from './organisations.service';

@Controller('api/organisations')
export class OrganisationLogoController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** The logo bytes, with the sniffed type; 404 when there is none or the organisation is hidden. */
  @Get(':id/logo')
  @Access('public')
  async logo(@Param('id', new ParseUUIDPipe()) id: string, @Res() response: Response): Promise<void> {
    const logo = await this.organisations.logo(id);
    if (!logo) {
      response.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    response.setHeader('Content-Type', logo.contentType);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'");
    response.setHeader('Cache-Control', 'public, max-age=86400');
    response.setHeader('ETag', `"${logo.sha256}"`);
    response.end(logo.data);
  }
}
