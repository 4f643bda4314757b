import { describe, expect, it } from 'vitest';
import { analyseChunk } from './winkPipeline';

const sentences = (text: string): string[] => analyseChunk(text, 0).map((sentence) => sentence.text);

describe('photo credits run into the next caption', () => {
  it('leaves the agency and the photographer out of the caption after them', () => {
    expect(sentences('Crews lift the engine. NASA/Danny Nowlin Crews transport the engine to the stand.')).toEqual(['Crews lift the engine.', 'Crews transport the engine to the stand.']);
    expect(sentences('The lab grew minerals. NASA/JPL-Caltech Cathy Trejo (right) shows off a tube.')).toEqual(['The lab grew minerals.', 'Cathy Trejo (right) shows off a tube.']);
    expect(sentences('It orbits Mars. NASA/JPL-Caltech/MSSS This artist’s concept depicts the orbiter.')).toEqual(['It orbits Mars.', 'This artist’s concept depicts the orbiter.']);
  });

  it('keeps a credit alone at a paragraph\'s end out of every sentence, and a slashed name in capitals in its sentence', () => {
    expect(sentences('The lab grew minerals. NASA/JPL-Caltech')).toEqual(['The lab grew minerals.']);
    expect(sentences('TCP/IP carries the data between the machines.')).toEqual(['TCP/IP carries the data between the machines.']);
  });
});
