// addCitation, updateCitation and removeCitation (EDITOR): the section item mutations for citations, made by the sections feature's factory.
import { itemWriteResolver } from '../sections/section-items.resolver';
import { CitationInput, CitationPatch } from './citation.dto';
import { citationTable } from './citation-write.service';

export const CitationWriteResolver = itemWriteResolver(citationTable, CitationInput, CitationPatch);
