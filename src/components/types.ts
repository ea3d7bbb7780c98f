/** Shapes that pages hand to interactive components. */

/** A practice as a link: its ID, short title and place on the practices page. */
export interface PracticeLink {
  id: string;
  title: string;
  href: string;
}
