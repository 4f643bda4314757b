import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const SENATE_OF_PAKISTAN_GOLD: GoldFact[] = [];
