"""Article readers, NLP, actor resolution and event coding."""
