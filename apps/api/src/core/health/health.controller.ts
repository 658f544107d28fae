import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '@api/core/auth/access.decorator';
import { DatabaseService } from '@api/core/database/database.service';

const PROBE_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(private readonly db: DatabaseService) {}

  /** 200 `{"status":"ok","database":"up"}` when the database answers; 503 otherwise. */
  @Get()
  @Access('public')
  @HttpCode(200)
  async health(@Res({ passthrough: true }) response: Response): Promise<{ status: 'ok' | 'error'; database: 'up' | 'down' }> {
    response.setHeader('Cache-Control', 'no-store');
    const probe = this.db.run({}, (manager) => manager.query('SELECT 1'));
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database probe timed out')), PROBE_TIMEOUT_MS).unref());
    try {
      await Promise.race([probe, timeout]);
      return { status: 'ok', database: 'up' };
    } catch {
      response.status(503);
      return { status: 'error', database: 'down' };
    }
  }
}
