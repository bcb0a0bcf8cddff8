/**
 * The multilingual entity lexicon (places, companies, bodies, programmes, commodities and
 * applications, in English, Simplified and Traditional Chinese, Vietnamese and Japanese) and a
 * single-pass Aho-Corasick matcher that finds their mentions in raw text with offsets into the
 * original. Canonical ids follow the fact interchange format (FACTS.md, "Canonical names").
 */
package dev.monazite.lexicon;
