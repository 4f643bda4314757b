import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const ISS_CREW_WEDNESDAY_GOLD: GoldFact[] = [];
