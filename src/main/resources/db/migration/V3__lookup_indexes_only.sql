-- No query looks facts up by claim, claim key or type alone: conflicts and views read facts by
-- article, entity or filter and group them in memory. The three indexes cost a random-key B-tree
-- insert for every fact saved and took a third of the store's size, and bought nothing. Portable SQL.
DROP INDEX fact_claim;
DROP INDEX fact_claim_key;
DROP INDEX fact_type;
