/**
 * Quantity stage: finds numbers, percentages, money, masses, counts and dates in running news text in
 * Chinese (Simplified and Traditional), English and Vietnamese, and normalises them to values with units
 * and character offsets; dates carry a role (the figure's own date, a comparison base, a target, the end of
 * a validity) and rates carry a per-period unit ("t/yr"). It never guesses: vague amounts (数百, several) and year-less dates without a
 * reference date are left out rather than resolved wrongly.
 */
package dev.monazite.quantity;
