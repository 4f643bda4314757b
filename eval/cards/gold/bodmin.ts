import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

/** Key facts of the Wikipedia article on Bodmin (texts/bodmin.txt). Held out. */
export const BODMIN_GOLD: GoldFact[] = [
  { about: 'the county Bodmin is in', answers: ['Cornwall'], sentence: 'historic town in Cornwall, England' },
  { about: 'the moor it lies beside', answers: ['Bodmin Moor'], sentence: 'It is situated south-west of Bodmin Moor' },
  { about: 'the population in 2011', kind: 'number', answers: ['14,736'], sentence: 'Bodmin had a population of 14,736' },
  { about: 'where the Crown Courts moved, ending Bodmin’s time as county town', answers: ['Truro'], sentence: 'until the Crown Courts moved to Truro' },
  { about: 'the county town before 1835', answers: ['Launceston'], sentence: 'before 1835 the county town was Launceston' },
  { about: 'the saint who founded a monastery in Bodmin', answers: ['St. Petroc', 'Petroc'], sentence: 'founded a monastery in Bodmin in the 6th century' },
  { about: 'when the monastery was founded', answers: ['6th century'], sentence: 'founded a monastery in Bodmin in the 6th century' },
  { about: 'the survey that recorded Bodmin in 1086', answers: ['Domesday Book'], sentence: 'recorded in the Domesday Book in 1086' },
  { about: 'what the Black Death killed', kind: 'number', answers: ['half of Bodmin\'s population', '1,500'], sentence: 'The Black Death killed half of Bodmin' },
  { about: 'the rebellion of 1497', answers: ['Cornish Rebellion'], sentence: 'The first was the Cornish Rebellion of 1497' },
  { about: 'who led the Cornish army', answers: ['Michael An Gof'], sentence: 'led by Michael An Gof' },
  { about: 'who was proclaimed King Richard IV in Bodmin', answers: ['Perkin Warbeck', 'Warbeck'], sentence: 'Warbeck was proclaimed King Richard IV in Bodmin' },
  { about: 'the rebellion of 1549', answers: ['Prayer Book Rebellion'], sentence: 'This became known as the Prayer Book Rebellion' },
  { about: 'how many were killed in it', kind: 'number', answers: ['4,000'], sentence: 'in total 4,000 people were killed' },
  { about: 'the church that was Cornwall’s largest until Truro Cathedral', answers: ['St Petroc', 'Parish church of St Petroc'], sentence: 'the largest church in Cornwall' },
  { about: 'what Bodmin Jail was first to do', kind: 'claim', answers: ['first British prison to hold prisoners in separate cells', 'separate cells'], sentence: 'the first British prison to hold prisoners in separate cells' },
  { about: 'treasures the jail held in the First World War', answers: ['Domesday Book', 'Crown Jewels'], sentence: 'the prison held some of Britain' },
  { about: 'the regiment whose museum is at Victoria Barracks', answers: ['Duke of Cornwall\'s Light Infantry'], sentence: 'defunct Duke of Cornwall\'s Light Infantry' },
  { about: 'the school robot that won the first Robot Wars', answers: ['Roadblock'], sentence: 'constructed Roadblock, a robot' },
  { about: 'the railway station and its line', answers: ['Cornish Main Line'], sentence: 'a principal calling point on the Cornish Main Line' },
  { about: 'the poet, novelist and critic from Bodmin', answers: ['Arthur Quiller-Couch', 'Sir Arthur Quiller-Couch'], sentence: 'Sir Arthur Quiller-Couch, poet, novelist and critic' },
  { about: 'the German twin town', answers: ['Bederkesa'], sentence: 'Bodmin is twinned with Bederkesa in Germany' },
];
