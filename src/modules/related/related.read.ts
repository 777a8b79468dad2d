// Article.related's SQL lives with the article (src/modules/articles/article-news.read.ts).
export { DEFAULT_RELATED, MAX_RELATED } from '../articles/article-news.read';
