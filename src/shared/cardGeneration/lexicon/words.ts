/** Builds a lower-case lookup set from a '|'-separated list. */
const set = (list: string): ReadonlySet<string> => new Set(list.split('|'));

/** Pronouns and other words that never make an answer on their own. */
export const STOP_WORDS = set(
  'i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves|he|him|his|himself|she|her|hers|herself|it|its|itself|they|them|their|theirs|themselves|' +
    'this|that|these|those|who|whom|whose|which|what|where|when|why|how|there|here|' +
    'a|an|the|and|or|but|nor|so|yet|if|then|else|of|to|in|on|at|by|for|with|from|into|onto|about|as|than|like|over|under|after|before|since|until|' +
    'is|are|was|were|be|been|being|am|do|does|did|have|has|had|will|would|shall|should|can|could|may|might|must|' +
    'not|no|yes|all|any|some|each|every|both|either|neither|one|other|another|such|own|same|very|too|also|only|just|even|still|already|' +
    'oh|ah|eh|well|now|please|sir|madam|mr|mrs|ms|miss|dr',
);

/** Words of relative or vague time: a date answer made of them means nothing out of context. */
export const VAGUE_TIME = set(
  'today|tonight|tomorrow|yesterday|now|nowadays|recently|soon|lately|currently|then|once|' +
    'next|last|this|coming|past|previous|following|week|weekend|month|year|years|day|days|decade|century|morning|evening|night|afternoon|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago|later|earlier|early|late|mid|recent|time|times',
);

/** Month names, long and short: a date with one of them and a number is specific enough. */
export const MONTHS = set(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
);

/** Titles that precede a person's name ("Secretary-General Imangali Tasmagambetov"). */
export const TITLES = set(
  'secretary-general|secretary|president|vice-president|minister|premier|chancellor|chairman|chairwoman|chair|director|director-general|head|chief|commander|commander-in-chief|' +
    'general|colonel|major|captain|lieutenant|admiral|marshal|sergeant|ambassador|envoy|spokesman|spokeswoman|spokesperson|governor|mayor|senator|deputy|speaker|judge|' +
    'king|queen|emperor|empress|tsar|czar|tsarina|caliph|sultan|emir|shah|sheikh|imam|pharaoh|prince|princess|count|countess|duke|duchess|baron|baroness|pope|bishop|archbishop|patriarch|' +
    'professor|prof|dr|mr|mrs|ms|miss|sir|lord|lady|monsieur|madame|mademoiselle|ceo|founder|leader|administrator|commissioner|superintendent|dean|provost|rector|inspector|registrar|manager|editor|coordinator|producer|curator|supervisor|herr|frau|signor|señor|archduke|archduchess',
);

/** Roles written capitalised before a name ("Flight Engineer Jasmin Moghbeli") that are not part of it. */
export const ROLE_WORDS = set(
  'engineer|astronaut|cosmonaut|officer|specialist|pilot|administrator|correspondent|reporter|anchor|host|editor|analyst|justice|rep|sen|gov|coach|candidate|nominee|official|khan|rabbi|father|sister|brother|saint|st',
);

/** Words that make a capitalised run an organisation ("… Forces", "Ministry of …"). */
export const ORGANISATION_WORDS = set(
  'organization|organisation|forces|force|troops|ministry|council|union|committee|agency|bank|company|corporation|corp|inc|ltd|llc|university|institute|association|party|army|navy|' +
    'formation|department|office|commission|court|parliament|assembly|service|services|news|times|post|press|foundation|group|society|academy|school|college|church|club|league|' +
    'alliance|coalition|front|movement|brigade|regiment|division|corps|guard|police|bureau|authority|board|fund|treaty|community|secretariat|government|administration|federation|' +
    'pact|centre|center|agency|network|channel|tv|radio|airlines|railways|museum|library|hospital|republic|kingdom|empire|embassy|cabinet|duma|senate|congress|staff|laboratory|laboratories|lab|labs|observatory|directorate|consortium|institution|orchestra|orchestras|choir|ensemble|philharmonic|sas|gmbh|plc',
);

/** Nouns that name an event when a capitalised word precedes them ("the Caribbean crisis"). */
export const EVENT_NOUNS = set(
  'crisis|war|revolution|battle|treaty|agreement|accords|summit|conference|congress|uprising|invasion|campaign|siege|pact|coup|massacre|earthquake|famine|olympics|games|championship|election|elections|referendum|exercise|exercises|operation|marathon|festival|tournament|regatta',
);

/** Capitalised words that are forms of address or exclamations, not names. */
/** Abbreviations that point into a book or a catalogue and take a number: "Fig. 14", "Vol. 2", "Pl. IV", "Ch. 3", "Eq. 5", "Op. 1". */
export const REFERENCE_ABBREVIATIONS = set('fig|figs|vol|vols|pl|pls|ch|chap|sec|art|eq|eqs|tab|nos|pt|bk|op|opp|ops|coll|pp|col|cols');

export const NOT_NAMES = set('thy|thee|thou|thine|maman|god|lord|heaven|heavens|almighty|saviour|savior|providence|creator|eternal|sir|madam|mamma|papa|daddy|mummy|mommy|mom|dad|granny|nanny|mother|father|uncle|aunt|excellency|majesty|highness|oh|ah|well|yes|no|dear|monsieur|madame|mademoiselle|chapter|book|part|epilogue|volume|section|inc|inc.|ltd|ltd.|llc|corp|corp.|plc|gmbh|etc|etc.|ph|phd|ph.d|ph.d.|h.r.h.|h.r.h|hrh|y.r.h.|y.r.h|s.r.h.|h.i.h.|h.m.');

/** Verbs of speech after which (or before which) a name is a person ("Tasmagambetov said"). */
export const SPEECH_VERBS = set('said|says|say|noted|notes|told|tells|added|adds|stated|states|explained|explains|emphasized|emphasised|stressed|asked|replied|answered|declared|announced|remarked|continued|cried|exclaimed|whispered|shouted|thought|wrote');

/** Common English function words: a sentence with almost none of them is not English prose. */
export const ENGLISH_FUNCTION_WORDS = set(
  'the|of|and|to|in|a|is|was|that|for|on|with|as|by|at|from|his|her|it|he|she|they|will|be|have|has|had|which|this|an|are|were|not|but|or|its|their|who|would|been|we|you|i|into|about|than|them|there|all|when|what|so|if|no|said',
);

/** Units of time: a count of them is a duration, answered with its unit ("three years"). */
export const TIME_UNITS = set('second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|decade|decades|century|centuries');

/**
 * A piece's movements and tempi, capitalised as music writing sets them
 * ("the Rondo, with its elaborate middle section", "The lively Scherzo"):
 * kinds of movement every sonata has, not names.
 */
export const MUSICAL_FORMS = set(
  'adagio|allegro|allegretto|andante|andantino|largo|larghetto|lento|presto|prestissimo|vivace|moderato|grave|scherzo|scherzando|rondo|rondos|minuet|minuets|menuetto|minuetto|trio|trios|fugue|fugues|finale|coda|polonaise|variazioni|variations|intermezzo|cadenza|sonatina|sarabande|gigue|allemande|courante|gavotte|bourrée|toccata|toccatas|prelude|preludes|nocturne|etude|étude|aria|arias|giga|fughetta|fuguetta|partita|partitas|fantasia|chaconne|passacaglia|siciliano|pastorale|rondeau|barcarolle|mazurka|assai|tempo|di|symphony|symphonies|quartet|quartets|quintet|quintets|septet|sextet|overture|overtures|concerto|concertos|sonata|sonatas|cantata|oratorio|serenade|duet',
);
