import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const BODMIN_GOLD: GoldFact[] = [];
