import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const EBOLA_RESPONSE_FACT_SHEET_GOLD: GoldFact[] = [];
