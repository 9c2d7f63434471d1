import * as z from 'zod';
import { MoneySchema } from '../contracts/common.js';
import { isTimeZone } from '../platform/time-zone.js';

export const PLAN_KINDS = ['webmaster-share', 'on-demand', 'managed-host'] as const;

const QuarterHourPriceSchema = MoneySchema.refine((money) => money.amount % 4 === 0, {
  message: 'an hourly price must divide into four equal quarter hours (amount divisible by 4)',
});

/** One entry of the plan catalogue. Validated when the catalogue module loads. */
export const PlanSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,40}$/),
    name: z.string().min(1),
    kind: z.enum(PLAN_KINDS),
    description: z.string().min(1),
    monthlyFee: MoneySchema,
    included: z.object({
      webmasterHours: z.number().int().min(0),
      hosts: z.number().int().min(0),
      taskRuns: z.number().int().min(0),
      callOuts: z.number().int().min(0),
    }),
    /**
     * Managed host plans charge per registered server and include task runs per server; `maxHosts`
     * caps the servers (registered plus unused activations) a tenant may have on the plan.
     */
    perHost: z
      .object({
        monthlyFee: MoneySchema,
        includedTaskRuns: z.number().int().min(0),
        maxHosts: z.number().int().min(1).max(1000),
      })
      .nullable(),
    overage: z.object({
      webmasterHour: QuarterHourPriceSchema,
      taskRun: MoneySchema,
      callOut: MoneySchema.nullable(),
    }),
    callOutsAllowed: z.boolean(),
    /** Hours within which an operator takes up a queued task (the operators' queue shows the due time). */
    taskSlaHours: z.number().int().min(1).max(168),
    /** Monitoring and incident response (docs/monitoring.md). */
    monitoring: z.object({
      /** Monitors in the monthly fee; each further monitor is usage (`monitors`), rated at `extraMonitor` a month. */
      includedMonitors: z.number().int().min(0),
      /** The most monitors a tenant may have on the plan. */
      maxMonitors: z.number().int().min(1).max(1000),
      /** The shortest check interval the plan allows. */
      minIntervalMinutes: z.number().int().min(1).max(60),
      extraMonitor: MoneySchema,
      /** When someone answers: around the clock, or in business hours (incidents outside them wait, and say so). */
      coverage: z.enum(['24x7', 'business-hours']),
      businessHours: z
        .object({
          timeZone: z.string().refine(isTimeZone, 'an IANA time zone'),
          days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1),
          start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
          end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
        })
        .nullable(),
      /** Targets from the moment coverage applies: acknowledge within, resolve within (minutes). */
      acknowledgeMinutes: z.number().int().min(1).max(1440),
      resolveMinutes: z.number().int().min(1).max(10_080),
    }),
  })
  .superRefine((plan, ctx) => {
    if (plan.callOutsAllowed !== (plan.overage.callOut !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['overage', 'callOut'],
        message: 'a call-out price is required exactly when call-outs are allowed',
      });
    }
    if ((plan.kind === 'managed-host') !== (plan.perHost !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['perHost'],
        message: 'per-host pricing belongs to managed host plans only',
      });
    }
    const currencies = new Set(
      [
        plan.monthlyFee,
        plan.overage.webmasterHour,
        plan.overage.taskRun,
        plan.overage.callOut,
        plan.perHost?.monthlyFee,
      ]
        .filter((money) => money != null)
        .map((money) => money.currency),
    );
    if ((plan.monitoring.coverage === 'business-hours') !== (plan.monitoring.businessHours !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['monitoring', 'businessHours'],
        message: 'business hours are given exactly when coverage is business-hours',
      });
    }
    if (plan.monitoring.extraMonitor.currency !== plan.monthlyFee.currency) {
      ctx.addIssue({
        code: 'custom',
        path: ['monitoring', 'extraMonitor'],
        message: 'a plan is priced in one currency',
      });
    }
    if (currencies.size > 1) ctx.addIssue({ code: 'custom', path: [], message: 'a plan is priced in one currency' });
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof PlanSchema>;

/**
 * How many servers a tenant on the plan may have: a managed host plan's `perHost.maxHosts`, else the
 * hosts the plan includes (0: the plan has no managed hosts).
 */
export const hostAllowance = (plan: Plan): number => plan.perHost?.maxHosts ?? plan.included.hosts;

export const PlanCatalogueSchema = z
  .array(PlanSchema)
  .min(1)
  .refine((plans) => new Set(plans.map((plan) => plan.id)).size === plans.length, { message: 'plan ids are unique' });
