import { setSchedule, type NewReviewLogEntry, type ReviewLogEntry } from '../cards/reviewLog';
import type { ReviewEntry, StoredCard } from '../cards/storedCard';
import type { DocumentFileData } from './documentFile';
import type { OpenDocument } from './openDocumentFiles';

/** A document's review log, read and appended to through the repository's open documents. */
export class DocumentReviewAccess {
  constructor(
    /** The open document (see DocumentRepository): waits out a restore, refuses an id the library does not know. */
    private readonly open: (id: string) => Promise<OpenDocument>,
  ) {}

  /** A document's reviews that stand (grades not taken back), oldest first. */
  async standing(id: string): Promise<readonly ReviewEntry[]> {
    return (await this.open(id)).reviews.reviews();
  }

  /** A document's whole review log, in order (grades and the undoing of grades). */
  async log(id: string): Promise<readonly ReviewLogEntry[]> {
    return (await this.open(id)).reviews.entries;
  }

  /**
   * Records a review: `decide` reads the document (and may refuse by
   * throwing) and names the log entry to append and the card as it will
   * be; once the entry is on disk, memory takes the card's new schedule.
   * The document file is not rewritten: its next write carries it along.
   */
  async record(id: string, decide: (data: DocumentFileData) => { entry: NewReviewLogEntry; card: StoredCard }): Promise<StoredCard> {
    const { file, reviews } = await this.open(id);
    return file.db.exclusive(async () => {
      file.db.throwIfClosed();
      const { entry, card } = decide(file.db.data);
      await reviews.append(entry, file.db.data.reviewsApplied);
      setSchedule(file.db.data.cards, card.id, card.schedule);
      return card;
    });
  }
}
