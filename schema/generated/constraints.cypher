// Generated from schema/src/model by `npm run gen`. Do not edit.
CREATE CONSTRAINT state_code_unique IF NOT EXISTS FOR (n:State) REQUIRE n.code IS UNIQUE;
CREATE INDEX state_name_index IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX state_region_index IF NOT EXISTS FOR (n:State) ON (n.region);
CREATE INDEX state_subregion_index IF NOT EXISTS FOR (n:State) ON (n.subregion);
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id_unique IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id_unique IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE INDEX instrument_kind_index IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE CONSTRAINT declaration_id_unique IF NOT EXISTS FOR (n:Declaration) REQUIRE n.id IS UNIQUE;
CREATE INDEX declaration_adopted_on_index IF NOT EXISTS FOR (n:Declaration) ON (n.adoptedOn);
CREATE CONSTRAINT roll_call_id_unique IF NOT EXISTS FOR (n:RollCall) REQUIRE n.id IS UNIQUE;
CREATE INDEX roll_call_date_index IF NOT EXISTS FOR (n:RollCall) ON (n.date);
CREATE INDEX roll_call_symbol_index IF NOT EXISTS FOR (n:RollCall) ON (n.symbol);
CREATE FULLTEXT INDEX entity_names_fulltext IF NOT EXISTS FOR (n:State|Organization|Group|Instrument|Declaration) ON EACH [n.acronym, n.aliases, n.name, n.officialName, n.shortName, n.summary, n.title];
CREATE CONSTRAINT data_version_id_unique IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
