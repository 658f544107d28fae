import { pipeline } from 'node:stream';
import { Controller, Get, HttpCode, Logger, Param, Post, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Access } from '@api/core/auth/access.decorator';
import { AppError } from '@api/core/graphql/app-error';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { type FileJson, fileJson } from './file.entity';
import { FilesErrorFilter } from './files-error.filter';
import { FilesService } from './files.service';
import { UploadGuard } from './upload.guard';

/** The part multer hands over (memory storage). */
interface UploadedPart {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 / 8187). */
export function contentDisposition(name: string): string {
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Whether an If-None-Match header names the entity tag (or is `*`); weak tags compare equal. */
export function matchesEntityTag(header: string | undefined, sha256: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === `"${sha256}"`;
  });
}

@Controller('api/files')
@UseFilters(FilesErrorFilter)
export class FilesController {
  private readonly logger = new Logger(FilesController.name);

  constructor(private readonly files: FilesService) {}

  /**
   * `POST /api/files`, multipart with one part `file` and the header `X-Requested-With`: 201 with
   * the stored file's JSON. Declared public because UploadGuard refuses anonymous callers itself,
   * from the token alone, so no database transaction waits while the body arrives; FilesService
   * then checks the session and the role (MEMBER or more in the active organisation).
   */
  @Post()
  @Access('public')
  @UseGuards(UploadGuard)
  @UseInterceptors(FileInterceptor('file'))
  @HttpCode(201)
  async upload(@UploadedFile() part: UploadedPart | undefined): Promise<FileJson> {
    const file = await this.files.upload(part?.buffer ?? Buffer.alloc(0), part?.originalname ?? '');
    return fileJson(file);
  }

  /**
   * `GET /api/files/:id`: the bytes, as an attachment with the type recognised at upload. Row-level
   * security decides who sees the file; anyone else gets 404 exactly as for an id that does not
   * exist. `ETag` is the SHA-256, and `If-None-Match` answers 304; caches must revalidate, since
   * visibility can change.
   */
  @Get(':id')
  @Access('public')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const file = await this.files.findForDownload(id);
    if (!file) throw AppError.notFound('file');
    response.setHeader('ETag', `"${file.sha256}"`);
    response.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (matchesEntityTag(request.headers['if-none-match'], file.sha256)) {
      response.status(304).end();
      return;
    }
    const content = await this.files.content(file);
    response.status(200);
    response.setHeader('Content-Type', file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Content-Disposition', contentDisposition(file.name));
    // Returns at once: the transaction commits while the bytes flow, so a slow reader holds no connection.
    pipeline(content, response, (error) => {
      if (error && !response.writableFinished && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error({ err: error, fileId: file.id }, 'download failed');
      }
    });
  }
}
