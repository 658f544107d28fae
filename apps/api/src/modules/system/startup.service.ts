import { Inject, Injectable, Logger } from '@nestjs/common';
import { formatMessage } from '@helix/domain';
import { APP_CONFIG } from '@api/core/config/config.module';
import { ConfigError } from '@api/core/config/config';
import { AppError } from '@api/core/graphql/app-error';
import type { AppConfig } from '@api/core/config/config';
import { DatabaseService } from '@api/core/database/database.service';
import { UsersService } from '@api/modules/users/users.service';
import { DemoDataSeeder } from '@api/seed/demo-data.seeder';
import { SystemSetting } from './system-setting.entity';

/** Work done once the schema is current and before the first request: administrator, demo data. */
@Injectable()
export class StartupService {
  private readonly logger = new Logger('Startup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DatabaseService,
    private readonly users: UsersService,
    private readonly demoData: DemoDataSeeder,
  ) {}

  async run(): Promise<void> {
    if (this.config.admin) {
      const { email, password } = this.config.admin;
      await this.db.asSystem({}, () => this.users.ensurePlatformAdmin(email, password)).catch((error: unknown) => {
        // A refused e-mail or password is a configuration mistake: say which variable.
        if (!(error instanceof AppError)) throw error;
        const variable = error.field?.includes('password') ? 'HELIX_ADMIN_PASSWORD' : 'HELIX_ADMIN_EMAIL';
        throw new ConfigError(`Invalid configuration: ${variable}: ${formatMessage(error.messageKey, 'en', error.params)}`);
      });
      this.logger.log(`platform administrator ${email} is ready`);
    }
    if (this.config.demoData) await this.loadDemoDataOnce();
  }

  /**
   * Loads the Binh Duong demo programme once, chapter by chapter (organisations, then projects…):
   * each chapter has its own marker, so a database seeded by an older version gains the new
   * chapters, and deleting demo objects later never brings them back.
   */
  async loadDemoDataOnce(): Promise<boolean> {
    let loadedAny = false;
    for (const chapter of this.demoData.chapters()) {
      const loaded = await this.db.runAsSystem((manager) => manager.getRepository(SystemSetting).existsBy({ key: chapter.marker }));
      if (loaded) continue;
      await this.db.asSystem({}, async () => {
        await chapter.seed();
        const manager = await this.db.manager();
        await manager.getRepository(SystemSetting).save({ key: chapter.marker, value: new Date().toISOString() });
      });
      this.logger.log(`Binh Duong demo data loaded: ${chapter.name}`);
      loadedAny = true;
    }
    return loadedAny;
  }
}
