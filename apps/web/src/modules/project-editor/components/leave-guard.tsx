import { useBeforeUnload, useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';

/**
 * Asks before leaving the page while `shouldBlock()` says there is unsaved work: in-app
 * navigation gets a confirmation dialog, closing or reloading the tab the browser's own prompt.
 * `shouldBlock` is read at the moment of leaving, so a save that navigates can switch it off first.
 */
export function LeaveGuard({ shouldBlock }: { shouldBlock: () => boolean }) {
  const { t } = useTranslation('projectEditor');
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && shouldBlock());
  useBeforeUnload((event) => {
    if (!shouldBlock()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  });
  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title={t('leave.title')}
      confirmLabel={t('leave.confirm')}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('leave.description')}
    </ConfirmModal>
  );
}
