import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

/** Key facts of the background call on the SolarWinds and Microsoft Exchange intrusions (texts/solarwinds-background-call.txt). */
export const SOLARWINDS_BACKGROUND_CALL_GOLD: GoldFact[] = [
  { about: 'the two incidents the call covers', answers: ['SolarWinds', 'Microsoft Exchange'], sentence: 'an update on SolarWinds and some information on the Microsoft Exchange hack' },
  { about: 'how far the SolarWinds remediation has come', kind: 'number', answers: ['week three', 'four-week'], sentence: 'in week three of a four-week remediation' },
  { about: 'how many federal agencies SolarWinds compromised', kind: 'number', answers: ['nine'], sentence: 'particularly the nine compromised agencies' },
  { about: 'what the review of SolarWinds found', kind: 'claim', answers: ['significant gaps in modernization', 'gaps in modernization'], sentence: 'we saw significant gaps in modernization', prompt: ['official'] },
  { about: 'the aim for federal cybersecurity: a leader, not a laggard', kind: 'claim', answers: ['a leader, not a laggard', 'leader'], sentence: 'a leader, not a laggard' },
  { about: 'the first exemplar for rating software: Bloomberg’s restaurant ratings', answers: ['Bloomberg'], sentence: 'Mayor Bloomberg, a number of years ago' },
  { about: 'the second exemplar: cybersecurity standards for Internet of Things devices', answers: ['Singapore'], sentence: 'Singapore has an interesting model' },
  { about: 'how many vulnerabilities the Exchange attackers exploited', kind: 'number', answers: ['four', 'four vulnerabilities'], sentence: 'Bad actors discovered four vulnerabilities' },
  { about: 'what criminals do once a critical patch is out', kind: 'claim', answers: ['reverse-engineer it', 'reverse-engineer'], sentence: 'criminal actors immediately begin to reverse-engineer it' },
  { about: 'what attackers can then deploy on an unpatched server', answers: ['ransomware'], sentence: 'deploy ransomware and other potential disruptive attacks' },
  { about: 'the government’s gap: no visibility into U.S. infrastructure', kind: 'claim', answers: ['does not have visibility into U.S. infrastructure', 'lack of domestic visibility', 'visibility'], sentence: 'largely does not have visibility into U.S. infrastructure' },
  { about: 'no additional monitoring authorities sought', kind: 'claim', answers: ['not looking at additional authorities', 'additional authorities'], sentence: 'not looking at additional authorities for any government agencies' },
  { about: 'the first National Security Advisor to tweet on a cyber incident', kind: 'claim', answers: ['first-ever National Security Advisor to tweet', 'first-ever'], sentence: 'first-ever National Security Advisor to tweet' },
  { about: 'who leads the Exchange response', answers: ['National Security Council'], sentence: 'leading this directly from the National Security Council' },
  { about: 'the body stood up for the response', answers: ['Unified Coordination Group', 'UCG'], sentence: 'stood up a Unified Coordination Group' },
  { about: 'what is new about this Unified Coordination Group: private-sector participation', kind: 'claim', answers: ['private-sector participation'], sentence: 'it allows for private-sector participation' },
  { about: 'Microsoft’s tool: scan a system to see if it was compromised', kind: 'claim', answers: ['scan their system', 'determine if they’ve been compromised'], sentence: 'released a tool that customers can use to scan their system' },
  { about: 'what everyone with Exchange Server must do', kind: 'claim', answers: ['patch and then run the tool', 'patch'], sentence: 'needs to patch and then run the tool' },
  { about: 'why cybersecurity needs to be done unclassified (reply on the UCG)', kind: 'qa', answers: ['cybersecurity really needs to be done unclassified', 'unclassified'], sentence: 'cybersecurity really needs to be done unclassified', prompt: ['private sector'] },
  { about: 'the length of the SolarWinds strategic review', kind: 'number', answers: ['four-week'], sentence: 'we had a four-week strategic review' },
  { about: 'which department is moving on the threat from U.S. infrastructure', answers: ['Commerce Department'], sentence: 'the Commerce Department is moving forward' },
];
