import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import { FILE_STORAGE } from './file-storage';
import { FileRecord } from './file.entity';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { LocalDiskStorage } from './local-disk.storage';
import { UploadGuard } from './upload.guard';

/**
 * Uploads and downloads. Other features import this module and use FilesService to attach files
 * (`requireAttachable`) and to resolve them (`load`, `loadMany`). The bytes go to FILE_STORAGE:
 * the local disk under the data folder; an object store would be bound here instead.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([FileRecord]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // No storage engine given: multer keeps the part in memory (its memory storage), bounded by
      // `fileSize`; one byte over the limit is enough to know it is too large, and multer stops
      // collecting there. Other parts are capped too.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.files.maxBytes + 1, files: 1, fields: 10, parts: 11, fieldSize: 8 * 1024, headerPairs: 100 },
        // Browsers send the file name as UTF-8 (Vietnamese names arrive intact).
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [FilesController],
  providers: [
    FilesService,
    UploadGuard,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(config.files.directory) },
  ],
  exports: [FilesService],
})
export class FilesModule {}
