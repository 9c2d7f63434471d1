import { useAuth } from '../auth/auth-context.js';
import { formatDate } from '../lib/format.js';
import { Link } from '../lib/router.js';
import '../styles/admin.css';

/**
 * What a customer must know about their organisation's standing, on every page: suspended (with the provider's
 * reason), payment past due, or scheduled for deletion. Nothing for an active organisation or for staff.
 */
export function TenantStatusBanner() {
  const auth = useAuth();
  if (auth.status !== 'signed-in') return null;
  const tenant = auth.me.tenant;
  if (!tenant || tenant.status === 'active') return null;
  const isAdmin = auth.me.roles.includes('customer-admin');

  switch (tenant.status) {
    case 'suspended': {
      const reason = tenant.suspendedReason?.trim();
      return (
        <div className="alert alert-error tenant-banner" role="status" aria-labelledby="tenant-banner-title">
          <p id="tenant-banner-title" className="tenant-banner-title">
            {reason ? (
              <>
                Your organisation is suspended: <span className="tenant-banner-reason">{reason}</span>
              </>
            ) : (
              'Your organisation is suspended.'
            )}
          </p>
          <p>
            You can still see your invoices and pay them, but not book webmaster time or request tasks.{' '}
            {isAdmin ? (
              <>
                See <Link to="/invoices">your invoices</Link>, or write to the provider to have it lifted.
              </>
            ) : (
              'An admin of your organisation can sort it out with the provider.'
            )}
          </p>
        </div>
      );
    }
    case 'past_due':
      return (
        <div className="alert alert-warning tenant-banner" role="status">
          <p className="tenant-banner-title">Your organisation’s payment is past due.</p>
          <p>
            {isAdmin ? (
              <>
                Pay the open invoice on <Link to="/invoices">Invoices</Link> to keep booking and requesting tasks; an
                organisation that stays unpaid is suspended.
              </>
            ) : (
              'An admin of your organisation can pay the open invoice; an organisation that stays unpaid is suspended.'
            )}
          </p>
        </div>
      );
    case 'pending_deletion':
      return (
        <div className="alert alert-warning tenant-banner" role="status">
          <p className="tenant-banner-title">
            Your organisation is scheduled for deletion
            {tenant.deletionDueAt ? ` on ${formatDate(tenant.deletionDueAt, tenant.timeZone)}` : ''}.
          </p>
          <p>
            {isAdmin ? (
              <>
                All its data will be removed then. Changed your mind? Cancel it on{' '}
                <Link to="/organisation">Organisation</Link>.
              </>
            ) : (
              'All its data will be removed then. An admin of your organisation can still cancel it.'
            )}
          </p>
        </div>
      );
    default:
      return null;
  }
}
