/**
 * Budget (Budget) of a social space: lines per year with a planned amount, and the expenses booked
 * against them. Amounts are euro cents (integers: no rounding). A line's `spentCents` is kept by the
 * server in the expense's own transaction, conditional on staying within `plannedCents`.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDate, NonEmpty } from './common.ts';

export const BudgetCategory = z.enum(['materials', 'fees', 'events', 'neighbourhood-fund', 'rent']);
const Cents = z.number().int().min(0).max(100_000_000_00);

export const budgetLine = entitySchemas(
  {
    socialSpaceId: Id,
    year: z.number().int().min(2000).max(2100),
    category: BudgetCategory,
    label: NonEmpty(200),
    plannedCents: Cents,
  },
  { readonly: { spentCents: Cents } },
);
export type BudgetLine = z.infer<typeof budgetLine.entity>;

export const expense = entitySchemas(
  {
    budgetLineId: Id,
    date: IsoDate,
    amountCents: Cents.min(1),
    purpose: NonEmpty(500),
    measureId: Id.optional(),
    activityId: Id.optional(),
    /** The receipt's reference in the city's finance system (Belegnummer). */
    receiptRef: z.string().max(100).optional(),
  },
  { readonly: { socialSpaceId: Id } },
);
export type Expense = z.infer<typeof expense.entity>;
