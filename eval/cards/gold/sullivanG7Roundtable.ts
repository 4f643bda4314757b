import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const SULLIVAN_G7_ROUNDTABLE_GOLD: GoldFact[] = [];
