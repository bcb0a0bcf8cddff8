/**
 * Quantity stage: finds numbers, percentages, money, masses, counts and dates in running news text in
 * Chinese (Simplified and Traditional), English and Vietnamese, and normalises them to values with units
 * and character offsets. It never guesses: vague amounts (数百, several) and year-less dates without a
 * reference date are left out rather than resolved wrongly.
 */
package dev.monazite.quantity;
