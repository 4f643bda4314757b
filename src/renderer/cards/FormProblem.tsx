import type { ErrorDetails } from '../../shared/contract';
import { ApiError } from '../api/unwrapOutcome';

/** Why a card form cannot save, and the card it would repeat when that is the reason. */
export interface FormProblem {
  message: string;
  existing: ErrorDetails | null;
}

/** The problem a failed save reports: the core's message, and the existing card it points at. */
export function formProblemOf(error: unknown): FormProblem {
  const existing = error instanceof ApiError && error.details ? error.details : null;
  return { message: (error as Error).message, existing };
}

/** The problem shown in the form itself, with "Show the existing card" for a card that exists already. */
export function FormProblemNote({ problem, onShowCard }: { problem: FormProblem; onShowCard: (card: ErrorDetails) => void }) {
  return (
    <p className="form-problem" role="alert">
      {problem.message}
      {problem.existing && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => onShowCard(problem.existing!)}>
            Show the existing card
          </button>
        </>
      )}
    </p>
  );
}
