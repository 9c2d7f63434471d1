import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { type AckLinkResponse, api, isApiError } from '../lib/api.js';
import { incidentPath } from '../lib/monitoring.js';
import { Link, loginPath, useLocation } from '../lib/router.js';

type AckState =
  | { kind: 'ready' }
  | { kind: 'sending' }
  | { kind: 'done'; answer: AckLinkResponse }
  | { kind: 'failed'; error: unknown };

/**
 * The page a page's e-mail links to (`/incidents/ack?token=…`): works signed out, since the signed token is the
 * credential. It asks for one click rather than acknowledging on load, so a mail scanner that opens links cannot
 * stop the paging on its own (decisions-web).
 */
export function IncidentAckPage() {
  const location = useLocation();
  const auth = useAuth();
  const token = location.search.get('token') ?? '';
  const [state, setState] = useState<AckState>({ kind: 'ready' });
  const me = auth.status === 'signed-in' ? auth.me.user.email : null;

  const acknowledge = async () => {
    if (state.kind === 'sending') return;
    setState({ kind: 'sending' });
    try {
      setState({ kind: 'done', answer: await api.acknowledgeByLink(token) });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <section className="narrow">
      <h1>Acknowledge an incident</h1>
      {!token ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">This link has no token</p>
          <p>Open the link from the page’s e-mail as it is, or acknowledge from the incident queue.</p>
        </div>
      ) : state.kind === 'done' ? (
        <AckResult answer={state.answer} me={me} />
      ) : (
        <>
          <p className="lead">
            Acknowledging tells Opsdesk you are working on it: paging and escalation stop, and the customer sees it on
            the timeline.
          </p>
          {state.kind === 'failed' && <AckFailure error={state.error} />}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              aria-disabled={state.kind === 'sending' || undefined}
              onClick={() => void acknowledge()}
            >
              Acknowledge incident
            </button>
            {state.kind === 'sending' && <Loading>Acknowledging…</Loading>}
          </div>
        </>
      )}
      <p>
        <Link to={auth.status === 'signed-in' ? '/ops/incidents' : loginPath('/ops/incidents')}>
          Open the incident queue
        </Link>
      </p>
    </section>
  );
}

function AckResult({ answer, me }: { answer: AckLinkResponse; me: string | null }) {
  const link = <Link to={incidentLink(answer.incidentId, me)}>See the incident and its timeline</Link>;
  if (answer.status === 'resolved') {
    return (
      <div className="alert alert-info" role="status">
        <p className="alert-title">The incident is already resolved</p>
        <p>Nothing more to do. {link}</p>
      </div>
    );
  }
  const someoneElse = me !== null && answer.acknowledgedBy !== me;
  return (
    <div className="alert alert-success" role="status" data-testid="ack-result">
      <p className="alert-title">
        {someoneElse ? `Already acknowledged by ${answer.acknowledgedBy}` : `Acknowledged by ${answer.acknowledgedBy}`}
      </p>
      <p>Paging and escalation have stopped. {link}</p>
    </div>
  );
}

/** Where "see the incident" goes: straight there when signed in, else through sign-in. */
const incidentLink = (incidentId: string, me: string | null): string =>
  me ? incidentPath({ id: incidentId }) : loginPath(incidentPath({ id: incidentId }));

function AckFailure({ error }: { error: unknown }) {
  if (isApiError(error, 401) || isApiError(error, 403) || isApiError(error, 422)) {
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">This link has expired or is not valid</p>
        <p>
          Acknowledge links work for 24 hours. Sign in and acknowledge the incident from the incident queue instead.
        </p>
      </div>
    );
  }
  if (isApiError(error, 404)) {
    return <ErrorAlert error={error} title="There is no such incident any more" />;
  }
  return <ErrorAlert error={error} title="The incident was not acknowledged" />;
}
