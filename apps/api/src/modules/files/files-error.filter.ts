import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import { AppError } from '@api/core/graphql/app-error';
import { AppErrorFilter } from '@api/core/graphql/app-error.filter';
import { fileTooLarge } from './files.errors';

/**
 * Every refusal of the file routes as the API's JSON `{ code, message, field }` in the reader's
 * language: AppErrors as they are; multer's own (a part over the limit → FILE_TOO_LARGE 413, a
 * malformed body or an unexpected field → UPLOAD_INVALID 400); anything else INTERNAL, logged.
 */
@Catch()
export class FilesErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('FilesController');
  private readonly appErrors = new AppErrorFilter();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      // A download failed mid-stream: the client sees a cut connection, never a wrong file.
      this.logger.error({ err: error }, 'file route failed after the response started');
      response.destroy();
      return;
    }
    this.appErrors.catch(this.toAppError(error), host);
  }

  private toAppError(error: unknown): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) return fileTooLarge(this.config.files.maxBytes);
    if (error instanceof HttpException && error.getStatus() === HttpStatus.BAD_REQUEST) return AppError.badInput('file', 'UPLOAD_INVALID');
    this.logger.error({ err: error }, 'file route failed');
    return new AppError('INTERNAL');
  }
}
