"""Question sets in the database: storing, converting and loading the shipped sets."""
