import { describe, expect, it } from 'vitest';
import { firstSentence } from '../testing/analyse';
import { statedViewCard } from './statedViews';

/** The view card of one sentence said by `speaker`, as prompt and answer. */
function view(speaker: string | null, said: string): { prompt: string; answer: string } | null {
  const card = statedViewCard(said, firstSentence(said), speaker);
  return card && { prompt: card.prompt, answer: card.answer };
}

describe('views a speaker states without naming anything', () => {
  it('asks what the named thing is, on the speaker\'s word, and answers with what they said of it, word for word', () => {
    expect(view('Priyanka Sharma', "Because the biggest challenge with virtual is that you can't always get the hallway track experience, and make new friends.")).toEqual({
      prompt: 'What, according to Priyanka Sharma, is the biggest challenge with virtual?',
      answer: "you can't always get the hallway track experience, and make new friends.",
    });
    expect(view('MR. SULLIVAN', 'The goal of the President here at the G7 on migration is to take the declaration and make it a global vision.')?.prompt).toBe(
      'What, according to Mr. Sullivan, is the goal of the President here at the G7 on migration?',
    );
  });

  it('puts the speaker in place of "my", "I" and "me", and "their", "they" for "our", "we", with the verb agreeing', () => {
    expect(view('Priyanka Sharma', 'And one of my priorities has been to change the board experience to mirror the community experience.')?.prompt).toBe("What has been one of Priyanka Sharma's priorities?");
    expect(view('Jack Dorsey', 'The reason I think we are successful as a company is because we are not focused on any one thing.')?.prompt).toBe('What is the reason Jack Dorsey thinks they are successful as a company?');
    expect(view('Luis Ceze', 'And the reason that I keep emphasizing open source here is that no single company could sustain a project this diverse.')?.prompt).toBe(
      'What is the reason that Luis Ceze keeps emphasizing open source here?',
    );
    expect(view('Luis Ceze', 'The main reason I worry about hardware is that it keeps changing every single year.')?.prompt).toBe('What is the main reason Luis Ceze worries about hardware?');
    expect(view('Yanis Caritu', 'Our main focus is on delivering a sensor that will be repeatable from one device to the next.')?.prompt).toBe('What, according to Yanis Caritu, is their main focus?');
    expect(view('Chris Benson', 'The main thing I wanna do today is listen to you for a little while.')?.prompt).toBe('What is the main thing Chris Benson wants to do today?');
    expect(view('Kris Nova', 'The hardest part about Kubernetes for me is that the configuration never ends.')?.prompt).toBe('What is the hardest part about Kubernetes for Kris Nova?');
    expect(view('Peter Hedenskog', 'The main thing we wanted to do was to split it into several different tools instead.')?.prompt).toBe('What, according to Peter Hedenskog, was the main thing they wanted to do?');
  });

  it('asks what someone noticed or wants from "what I have noticed is …", and what their side wants from "what we want …"', () => {
    expect(view('Priyanka Sharma', 'What I have noticed, at least this time around, is that the energy for the in-person tickets is just on fire.')).toEqual({
      prompt: 'What has Priyanka Sharma noticed, at least this time around?',
      answer: 'the energy for the in-person tickets is just on fire.',
    });
    expect(view('SENIOR ADMINISTRATION OFFICIAL', 'What we want to do is move to best-of-breed commercial technology as fast as we can.')?.prompt).toBe(
      'What, according to the senior administration official, do they want to do?',
    );
  });

  it('makes no card of a filler ("the thing is", "what I mean is"), a vague "our goal", "other thing", "first thing" or "interesting thing for me", a view of "that", a question, or a sentence no one in particular says', () => {
    expect(view('Joe Beda', 'The first thing is that we wanted to essentially change the game as we were competing with other clouds.')).toBeNull();
    expect(view('Joe Beda', "The first thing I'm gonna say is that Heptio contributed to Kubernetes, but we weren't the largest contributor.")).toBeNull();
    expect(view('Kris Nova', 'The interesting thing for me is that people still struggle with getting Kubernetes up and running.')).toBeNull();
    expect(view('Ann Lee', 'The thing is that we never really had the budget for a second team.')).toBeNull();
    expect(view('Ann Lee', 'What I mean is that we never really had the budget for a second team.')).toBeNull();
    expect(view('Ann Lee', 'Our goal is to bridge the remaining gaps and get to a deal.')).toBeNull();
    expect(view('Ann Lee', 'The other thing is that they use it to work with other giant monopolies.')).toBeNull();
    expect(view('Ann Lee', 'The funny part about that is the range then becomes reality for everyone.')).toBeNull();
    expect(view('Rob Pike', 'The other thing about having a spec is that it enables alternate implementations.')?.prompt).toBe('What, according to Rob Pike, is the other thing about having a spec?');
    expect(view('Ann Lee', 'Is the biggest challenge with virtual that you cannot meet people?')).toBeNull();
    expect(view(null, 'The biggest challenge with virtual is that you cannot always meet new people.')).toBeNull();
    expect(view('Q', 'The biggest challenge with virtual is that you cannot always meet new people.')).toBeNull();
  });

  it('makes no card of a hedge inside the phrase, what was said before, a phrase that restarts, or a "going to" that lost its subject', () => {
    expect(view('THE PRESIDENT', "The problem I don't think is that BP is off running around doing whatever it wants.")).toBeNull();
    expect(view('THE PRESIDENT', "The only thing that I've said is that a public option in that menu would provide competition.")).toBeNull();
    expect(view('MRS. OBAMA', 'The thing that they want to make sure that they want to work to do is to make sure all kids have recess.')).toBeNull();
    expect(view('THE PRESIDENT', 'Well, what I hope is going to be a national dialogue on this.')).toBeNull();
  });

  it('makes no card whose answer says nothing away from the talk ("that caused …", "all of that", "a lot from it", "1) …"), nor of "the only thing I can say"', () => {
    expect(view('Ash Mazhari', 'The great thing about the hackathons is that it takes all of that away from the team.')).toBeNull();
    expect(view('James Snell', 'What we found is that that caused a number of security issues over the past year.')).toBeNull();
    expect(view('Ash Mazhari', 'What we learned is 1) again, the ability of people to ship great projects in a week.')).toBeNull();
    expect(view('Alexis Richardson', 'The only thing I can say is that it took less time for a hundred people to agree on GitOps.')).toBeNull();
  });
});
