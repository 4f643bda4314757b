import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

export const HARRIS_CLIMATE_PODCAST_GOLD: GoldFact[] = [];
