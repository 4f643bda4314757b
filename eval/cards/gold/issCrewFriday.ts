import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

/** Key facts of NASA’s space station post of 22 September 2023 (texts/iss-crew-friday.txt). */
export const ISS_CREW_FRIDAY_GOLD: GoldFact[] = [
  { about: 'the expedition number', kind: 'number', answers: ['69', 'Expedition 69'], sentence: 'busy day for the Expedition 69 crew' },
  { about: 'how many crew members are aboard', kind: 'number', answers: ['ten'], sentence: 'topped the ten crew members’ research schedules' },
  { about: 'who did plumbing on the EXPRESS racks', answers: ['Jasmin Moghbeli', 'Moghbeli'], sentence: 'started her day with orbital plumbing' },
  { about: 'the ESA astronaut', answers: ['Andreas Mogensen'], sentence: 'ESA (European Space Agency) astronaut Andreas Mogensen' },
  { about: 'the JAXA flight engineer', answers: ['Satoshi Furukawa'], sentence: 'Flight Engineer Satoshi Furukawa for another round' },
  { about: 'the plants harvested', answers: ['Arabidopsis'], sentence: 'harvesting the final round of Arabidopsis plants' },
  { about: 'the investigation the plants are part of', answers: ['Plant Habitat-03'], sentence: 'part of the Plant Habitat-03 investigation' },
  { about: 'where Furukawa installed solid combustion', answers: ['Kibo Laboratory Module', 'Kibo'], sentence: 'in the Kibo Laboratory Module' },
  { about: 'when the U.S. spacewalks are', answers: ['October'], sentence: 'a round of U.S. spacewalks in October' },
  { about: 'how long the departing crew spent in space', kind: 'number', answers: ['over a year', 'a year'], sentence: 'After spending over a year in space' },
  { about: 'the module they undock from', answers: ['Prichal Module', 'Prichal'], sentence: 'undock from the station’s Prichal Module' },
  { about: 'the undocking date', answers: ['Wednesday, Sept. 27', 'Sept. 27'], sentence: 'on Wednesday, Sept. 27' },
  { about: 'where the Soyuz lands', answers: ['Kazakhstan'], sentence: 'they will land in Kazakhstan' },
  { about: 'the piloting investigation', answers: ['Pilot-T'], sentence: 'ongoing Pilot-T investigation' },
  { about: 'the student-controlled camera', answers: ['EarthKam'], sentence: 'the EarthKam—a digital camera' },
];
