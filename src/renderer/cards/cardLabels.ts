import type { CardView } from '../../shared/contract';

/** A card's status, as the rows and the Status filter name it. */
export const STATUS_LABEL: Record<CardView['status'], string> = { new: 'New', learning: 'Learning', review: 'Review', suspended: 'Suspended' };

/** Where a card came from, in the one wording the rows and the Origin filter share. */
export const ORIGIN_LABEL: Record<CardView['origin'], string> = { generated: 'Generated', highlight: 'From a highlight', manual: 'Written by hand' };
