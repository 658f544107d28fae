import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { PROJECT_LIMITS } from '@helix/domain';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { requiredText } from '@api/core/graphql/input-checks';
import { ProjectQuestion } from './project-question.entity';
import type { Project } from './project.entity';
import { ProjectsService } from './projects.service';

/**
 * Clarifications: an eligible organisation asks while the call is open; the owner answers, and the
 * answer is published to everyone who sees the project without naming who asked.
 */
@Injectable()
export class ProjectQuestionsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly projects: ProjectsService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  async ask(projectId: string, text: string): Promise<ProjectQuestion> {
    const actor = await this.actors.require();
    const project = await this.projects.findById(projectId);
    const question = requiredText(text, 'text', PROJECT_LIMITS.questionMax);
    // Questions are welcome before responses open; otherwise the asker must be able to respond.
    await this.projects.requireEligible(project, { beforeOpening: true });
    return this.askFor(project, question, actor.active?.organisationId as string, actor.userId);
  }

  /** The question itself, for an organisation already found eligible (the caller's, or a demo one when seeding). */
  async askFor(project: Project, text: string, organisationId: string, userId: string): Promise<ProjectQuestion> {
    const question = requiredText(text, 'text', PROJECT_LIMITS.questionMax);
    const manager = await this.db.manager();
    const saved = await manager.getRepository(ProjectQuestion).save({ projectId: project.id, askedByOrganisation: organisationId, askedByUser: userId, text: question });
    return this.findById(saved.id);
  }

  async answer(questionId: string, answer: string): Promise<ProjectQuestion> {
    const question = await this.findById(questionId);
    // A question one may read but whose project is not one's own is answered like a missing question.
    const project = await this.projects.findOwned(question.projectId, 'organisation.publish').catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND' ? AppError.notFound('question') : error;
    });
    const actor = await this.actors.require();
    return this.answerChecked(question, project, answer, actor.userId);
  }

  /** Answering by the lifecycle's rules (only while open, only once), once the answerer is authorised (the owner, or the demo seed). */
  async answerChecked(question: ProjectQuestion, project: Project, answer: string, userId: string): Promise<ProjectQuestion> {
    const text = requiredText(answer, 'answer', PROJECT_LIMITS.answerMax);
    this.projects.requireTransition(this.projects.statusOf(project), 'ANSWER');
    const manager = await this.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(ProjectQuestion)
      .set({ answer: text, answeredAt: () => 'now()', answeredByUser: userId })
      .where('id = :id AND answer IS NULL', { id: question.id })
      .execute();
    if (!result.affected) throw new AppError('INVALID_TRANSITION', 'QUESTION_ALREADY_ANSWERED');
    return this.findById(question.id);
  }

  async findById(id: string): Promise<ProjectQuestion> {
    const manager = await this.db.manager();
    const question = await manager.getRepository(ProjectQuestion).findOneBy({ id });
    if (!question) throw AppError.notFound('question');
    return question;
  }

  /** The questions the caller may read: answered ones, their own organisation's, or all for the owner. */
  questionsOf(projectId: string): Promise<ProjectQuestion[]> {
    return this.cls
      .get('loaders')
      .get<string, ProjectQuestion[]>('projects.questions', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager
          .getRepository(ProjectQuestion)
          .createQueryBuilder('question')
          .where('question.project_id = ANY (:ids)', { ids: [...ids] })
          .orderBy('question.asked_at', 'ASC')
          .addOrderBy('question.id', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.projectId === id));
      })
      .load(projectId);
  }

  async askedByCaller(question: ProjectQuestion): Promise<boolean> {
    const actor = await this.actors.current();
    return Boolean(actor?.memberships.some((m) => m.organisationId === question.askedByOrganisation));
  }
}
