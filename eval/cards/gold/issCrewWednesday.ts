import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

/** Key facts of NASA’s space station post of 20 September 2023 (texts/iss-crew-wednesday.txt). Held out. */
export const ISS_CREW_WEDNESDAY_GOLD: GoldFact[] = [
  { about: 'how many residents are aboard', kind: 'number', answers: ['Ten'], sentence: 'Ten orbital residents are keeping busy' },
  { about: 'the sleep study hardware', answers: ['Sleep in Orbit'], sentence: 'After donning the Sleep in Orbit hardware' },
  { about: 'the first-time station residents', answers: ['Loral O’Hara and Jasmin Moghbeli'], sentence: 'first-time station residents, Loral O’Hara and Jasmin Moghbeli' },
  { about: 'the JAXA astronaut', answers: ['Satoshi Furukawa'], sentence: 'astronaut Satoshi Furukawa to conduct ultrasound eye exams' },
  { about: 'who is heading home after a record-breaking mission', answers: ['Frank Rubio'], sentence: 'following a record-breaking mission' },
  { about: 'the spacecraft the crew returns on', answers: ['Soyuz MS-23'], sentence: 'on the Soyuz MS-23 spacecraft' },
  { about: 'when Rubio, Prokopyev and Petelin launched', answers: ['Sept. 21, 2022'], sentence: 'launched to the space station on Sept. 21, 2022' },
  { about: 'when they undock', answers: ['Sept. 27'], sentence: 'will undock on Sept. 27' },
  { about: 'the Roscosmos commander', answers: ['Sergey Prokopyev'], sentence: 'Roscosmos Commander Sergey Prokopyev' },
  { about: 'the experiment Borisov ran: the glow of the atmosphere in near ultraviolet', kind: 'claim', answers: ['glow of Earth’s atmosphere', 'near ultraviolet'], sentence: 'studies the glow of Earth’s atmosphere at night' },
];
