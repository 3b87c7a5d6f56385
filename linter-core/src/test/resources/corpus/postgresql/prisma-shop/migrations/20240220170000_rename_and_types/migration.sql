/*
  Warnings:

  - You are about to alter the column `title` on the `Product` table. The data in that column could be lost.
  - The values [REFUNDED] on the enum `OrderStatus` will be removed.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "OrderStatus_new" AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED');
ALTER TABLE "Order" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order" ALTER COLUMN "status" TYPE "OrderStatus_new" USING ("status"::text::"OrderStatus_new");
ALTER TYPE "OrderStatus" RENAME TO "OrderStatus_old";
ALTER TYPE "OrderStatus_new" RENAME TO "OrderStatus";
DROP TYPE "OrderStatus_old";
ALTER TABLE "Order" ALTER COLUMN "status" SET DEFAULT 'PENDING';
COMMIT;

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'SUPPORT';

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "title" SET DATA TYPE VARCHAR(200);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "marketingOptIn" BOOLEAN NOT NULL DEFAULT false;

-- RenameIndex
ALTER INDEX "Product_status_createdAt_idx" RENAME TO "Product_status_created_idx";

-- DropIndex
DROP INDEX "Order_userId_placedAt_idx";

-- CreateIndex
CREATE INDEX "Order_userId_status_idx" ON "Order"("userId", "status");
