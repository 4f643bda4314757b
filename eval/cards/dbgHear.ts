import { readPlainText } from '../../src/core/import/formats/plainText';
import { testReadContext, utf8 } from '../../src/core/testing/readContext';
const text = `OVERSIGHT OF THE FEDERAL BUREAU OF INVESTIGATION

    Chairman Jordan. The committee will come to order. Without
objection, the chair is authorized to declare a recess at any time.
    Mr. NADLER. Thank you, Mr. Chairman. Today we welcome the
Director of the FBI, who has served since 2017.
    Chairman Jordan. The gentleman yields back. Director Wray,
you are recognized for five minutes.
    Mr. Wray. Thank you, Chairman Jordan, Ranking Member Nadler,
and members of the committee.
    [Applause.]
    Mr. NADLER. Director, how many agents work on the case?
    Mr. Wray. About 200 agents work on it full time.
    Chairman Jordan. The gentleman's time has expired.
    Ms. LOFGREN of California. I thank the chair.
`;
const { blocks } = await readPlainText(utf8(text), testReadContext('hearing.txt'));
for (const b of blocks) console.log(JSON.stringify(b).slice(0, 160));
