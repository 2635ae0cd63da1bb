/**
 * Every entity type's schemas, by type: for the tools that handle all types at once (the seed, the
 * OpenAPI tests). Functions never import this: each imports its own group's routes, which import
 * only the schemas they validate with (shared/contract/routes/<group>.ts).
 */
import type { EntitySchemas, EntityType } from '../entities.ts';
import { activity } from './activity.ts';
import { apiKey } from './apiKey.ts';
import { areaFigure } from './areaFigure.ts';
import { budgetLine, expense } from './budget.ts';
import { centre } from './centre.ts';
import { contribution } from './contribution.ts';
import { district } from './district.ts';
import { goal } from './goal.ts';
import { idea } from './idea.ts';
import { importJob } from './importJob.ts';
import { indicator } from './indicator.ts';
import { survey, surveyResponse } from './survey.ts';
import { signUp } from './signUp.ts';
import { measurement } from './measurement.ts';
import { meeting } from './meeting.ts';
import { need } from './need.ts';
import { network } from './network.ts';
import { offer } from './offer.ts';
import { organisation } from './organisation.ts';
import { quarter } from './quarter.ts';
import { planningArea } from './planningArea.ts';
import { reportSettings } from './reportSettings.ts';
import { socialSpace } from './socialSpace.ts';
import { target } from './target.ts';
import { user } from './user.ts';
import { measure, workPlan } from './workPlan.ts';
import { areaProfile } from './areaProfile.ts';
import { indicatorPublication } from './indicatorPublication.ts';
import { council } from './council.ts';
import { room } from './room.ts';
import { roomBooking } from './roomBooking.ts';

export const schemasOf: Record<EntityType, EntitySchemas> = {
  district, socialSpace, planningArea, quarter, centre, organisation, user, offer, goal, indicator, target, measurement, apiKey,
  reportSettings, network, meeting, activity, need, workPlan, measure, budgetLine, expense, areaFigure, contribution, idea, survey, surveyResponse, signUp, importJob,
  areaProfile, indicatorPublication, council, room, roomBooking,
};
