// Every lexicon file, loaded once. A new file of concepts is added here.
import './context.js';
import './domain.js';
import './structure.js';
import './limits.js';
import './procedure.js';
import './citations.js';
import './housing.js';
import './sections.js';
import './complaint.js';
import './services.js';
import './exclusion.js';
import './caps.js';
import './development.js';
