/**
 * Text as every stage reads it: Unicode folding (width, case, Traditional to Simplified),
 * sentence splitting in four languages, language detection and code-point-safe cutting. Takes
 * strings; hands on {@link dev.monazite.text.Normaliser}, {@link dev.monazite.text.SentenceSplitter},
 * {@link dev.monazite.text.LanguageDetector} and {@link dev.monazite.text.Texts}.
 */
package dev.monazite.text;
