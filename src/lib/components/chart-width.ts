/**
 * The width a chart is drawn at: the width it is shown at (900 px before layout
 * is known), kept between 340 and 900, so its labels keep their size on a
 * 390 px phone instead of shrinking with a fixed viewBox.
 */
export const drawnWidth = (shown: number): number => Math.max(340, Math.min(900, Math.round(shown)));
