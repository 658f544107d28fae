import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsService } from 'nestjs-cls';
import { TokenService } from '@api/core/auth/token.service';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import type { RequestStore } from '@api/core/context/request-context';
import { AppError } from '@api/core/graphql/app-error';
import { fileTooLarge } from './files.errors';

/** Room for the multipart framing around the file (boundaries, part headers, a long file name). */
export const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;

/**
 * What an upload must show before a byte of its body is read:
 * - `X-Requested-With` (any value). The session is a cookie, so a page on another site could post
 *   a form here with the user's session; a browser only lets a page add a custom header to a
 *   cross-origin request after a CORS preflight, which this API never grants. The web client
 *   sends the header; scripts using a bearer token simply add it.
 * - An access token that is genuine and unexpired (checked from its signature alone, without the
 *   database): anonymous callers are refused 401 before the body is received.
 * - A declared Content-Length no larger than the limit plus the multipart framing: an oversized
 *   upload is refused 413 at once, and the connection closed rather than the body drained.
 * Whether the session is live and the caller's role allows uploading is then checked by
 * FilesService in the request's transaction, which opens only once the body has arrived, so a
 * slow upload never holds a database connection (nor the embedded database's single transaction).
 */
@Injectable()
export class UploadGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly cls: ClsService<RequestStore>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const requestedWith = request.headers['x-requested-with'];
    if (typeof requestedWith !== 'string' || !requestedWith.trim()) throw new AppError('BAD_USER_INPUT', 'REQUESTED_WITH_REQUIRED');
    const token = this.cls.get('accessToken');
    if (!token) throw new AppError('UNAUTHENTICATED');
    if (!this.tokens.verifyAccess(token)) throw new AppError('UNAUTHENTICATED', 'SESSION_EXPIRED');
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.config.files.maxBytes + MULTIPART_ALLOWANCE_BYTES) {
      context.switchToHttp().getResponse<Response>().setHeader('Connection', 'close');
      throw fileTooLarge(this.config.files.maxBytes);
    }
    return true;
  }
}
